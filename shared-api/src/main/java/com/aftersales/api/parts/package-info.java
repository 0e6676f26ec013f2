/** Parts stock (R15) and parts requisitions (R11): commands, events, queries and views. */
package com.aftersales.api.parts;
