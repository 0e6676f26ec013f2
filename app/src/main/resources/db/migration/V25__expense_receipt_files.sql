-- X1, X3: the receipt files of expense claims (photos, PDF, OFD), content-addressed: the SHA-256 of
-- the bytes is the key, so the same file uploaded twice is stored once, and the same file on two
-- lines is visible (X5). Events carry only the hash, media type, file name and size.
create table expense_receipt_file (
    sha256      char(64)      not null primary key,
    media_type  varchar(64)   not null,
    file_name   varchar(200)  not null,
    size        bigint        not null,
    content     bytea         not null,
    uploaded_by varchar(64)   not null,
    uploaded_at timestamptz   not null
);
