/** The ticket board and ticket detail read model (tables ticket_board, ticket_dispatch). */
package com.aftersales.query.ticket;
