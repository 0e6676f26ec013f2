/** Customers' personal data (name, phone, email), kept out of the event stream so it can be erased (PIPL). */
package com.aftersales.app.customer;
