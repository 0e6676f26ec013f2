/** Wiring of Axon: handlers of both sides as beans, actor metadata on every message, processors. */
package com.aftersales.app.axon;
