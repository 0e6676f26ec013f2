/** The contract between the command side, the query side and the app: messages, ids and views. */
package com.aftersales.api;
