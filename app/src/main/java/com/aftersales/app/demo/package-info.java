/** The demo data set created on the first start of the embedded default, through the real command path. */
package com.aftersales.app.demo;
