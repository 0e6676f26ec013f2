package com.aftersales.command.repair;

import com.aftersales.api.repair.AttachmentRef;
import java.util.Optional;

/**
 * R1: the content-addressed attachment store as the intake reads it: an uploaded photo or document
 * by its SHA-256, with its media type and size; empty for a hash nobody uploaded.
 */
@FunctionalInterface
public interface RepairAttachments {
    Optional<AttachmentRef> find(String sha256);
}
