/** Parts stock levels and ledgers (R15) and requisition slips (R11) as people read them. */
package com.aftersales.query.parts;
