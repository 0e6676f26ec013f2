package com.aftersales.app.web;

import com.aftersales.query.export.ExportFormat;
import com.aftersales.query.export.ExportTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Sends an exported table as a file: {@code format} csv or xlsx, headers in {@code lang} zh or en
 * (anything else is a 400 naming the field), rows written as the table yields them.
 */
public final class ExportDownloads {
    private ExportDownloads() {}

    public static void send(
            ExportTable table, String format, String lang, String fileName, HttpServletResponse response)
            throws IOException {
        ExportFormat as = format(format);
        Locale locale = language(lang);
        response.setContentType(as.mediaType());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(fileName + "." + as.extension(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        as.write(table, locale, response.getOutputStream());
        response.flushBuffer();
    }

    /** zh (also zh-CN) or en, else a 400. */
    public static Locale language(String lang) {
        String value = lang == null ? "" : lang.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "zh", "zh-cn" -> Locale.SIMPLIFIED_CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new InvalidFieldException("lang", "lang is zh or en, not " + lang);
        };
    }

    private static ExportFormat format(String format) {
        try {
            return ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException("format", e.getMessage());
        }
    }
}
