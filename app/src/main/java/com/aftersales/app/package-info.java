/** The deployable: assembles the command and query sides behind REST, security and configuration. */
package com.aftersales.app;
