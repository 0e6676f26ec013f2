/** REST API for service tickets (RULES T1–T12): request bodies, the controller, and its responses. */
package com.aftersales.app.ticket;
