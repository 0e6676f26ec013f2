/** The query side: projections turn the event stream into read models and answer queries. */
package com.aftersales.query;
