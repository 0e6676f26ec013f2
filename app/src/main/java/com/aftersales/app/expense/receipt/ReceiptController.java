package com.aftersales.app.expense.receipt;

import static com.aftersales.api.common.Role.ENGINEER;
import static com.aftersales.api.common.Role.FINANCE;
import static com.aftersales.api.common.Role.MANAGER;
import static com.aftersales.api.common.Role.SUPERVISOR;

import com.aftersales.api.common.Role;
import com.aftersales.api.expense.ReceiptFile;
import com.aftersales.app.security.ActingUser;
import com.aftersales.app.security.AllowedRoles;
import com.aftersales.app.web.UnknownResourceException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** X1: upload a receipt file before citing it on a claim's line; read one back for the audit. */
@RestController
@RequestMapping("/api/receipts")
@Tag(name = "Receipts", description = "报销票据文件, RULES X1, X3")
class ReceiptController {
    private final ReceiptStore receipts;

    ReceiptController(ReceiptStore receipts) {
        this.receipts = receipts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @AllowedRoles({ENGINEER})
    @Operation(
            summary =
                    "Upload a receipt (JPEG, PNG, PDF or OFD, at most 10 MB) as the raw body; answers its SHA-256 (X1)")
    ReceiptFile upload(
            @RequestHeader("Content-Type") String contentType,
            @RequestParam(name = "fileName", required = false) String fileName,
            HttpServletRequest request)
            throws IOException {
        byte[] content = request.getInputStream().readNBytes((int) ReceiptStore.MAX_BYTES + 1);
        String who = ActingUser.current().map(ActingUser::userId).orElse("unknown");
        return receipts.store(ReceiptStore.mediaType(contentType), fileName, content, who);
    }

    @GetMapping("/{sha256}")
    @AllowedRoles({ENGINEER, SUPERVISOR, FINANCE, MANAGER})
    @Operation(summary = "A receipt file by its SHA-256; an engineer reads only the files they uploaded")
    ResponseEntity<byte[]> download(@PathVariable String sha256) {
        ReceiptStore.StoredReceipt stored =
                receipts.load(sha256).orElseThrow(() -> new UnknownResourceException("no receipt file " + sha256));
        ActingUser actor = ActingUser.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (Role.ENGINEER.name().equals(actor.role()) && !actor.userId().equals(stored.uploadedBy())) {
            throw new AccessDeniedException("an engineer reads the receipts they uploaded");
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.file().mediaType()))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .header("X-Content-Type-Options", "nosniff")
                .body(stored.content());
    }
}
