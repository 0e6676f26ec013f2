/** Operations on the running system: projection status and rebuild from zero. */
package com.aftersales.app.admin;
