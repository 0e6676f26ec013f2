/** The serial registry (R2) over HTTP and as pages: register a unit, correct its facts, read its warranty. */
package com.aftersales.app.serial;
