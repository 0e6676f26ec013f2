/** HTTP plumbing shared by every controller: problem+json errors, Idempotency-Key, correlation ids. */
package com.aftersales.app.web;
