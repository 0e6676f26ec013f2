/** The serial registry (R2): a unit's model, dates and warranty extensions, on the command side. */
package com.aftersales.command.serial;
