/** HTTP API of repair orders (维修服务单, R1–R14) and their attachments; the beans they need. */
package com.aftersales.app.repair;
