/** Parts stock (R15) and parts requisitions (R11) on the command side. */
package com.aftersales.command.parts;
