/** The database: the embedded PostgreSQL default, owned by one instance at a time, and Axon's columns as bytea. */
package com.aftersales.app.db;
