/** X1, X3: the receipt files of expense claims, stored by the hash of their content. */
package com.aftersales.app.expense.receipt;
