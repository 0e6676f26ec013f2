package com.aftersales.api.repair;

/**
 * R1: a photo or document of the intake, by its content: the lower-case hex SHA-256 of the bytes,
 * their media type (image/jpeg, image/png, application/pdf) and size in bytes. The bytes live in
 * the attachment store (table repair_attachment), never in an event.
 */
public record AttachmentRef(String sha256, String mediaType, long size) {}
