/** Parts stock (R15) and parts requisitions (R11) over HTTP and as pages. */
package com.aftersales.app.parts;
