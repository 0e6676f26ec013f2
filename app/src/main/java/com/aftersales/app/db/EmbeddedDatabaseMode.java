package com.aftersales.app.db;

/** Present as a bean only when the application runs on its embedded PostgreSQL. */
public final class EmbeddedDatabaseMode {}
