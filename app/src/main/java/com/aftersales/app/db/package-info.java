/** The database: the embedded PostgreSQL default and Hibernate's mapping of Axon's columns to bytea. */
package com.aftersales.app.db;
