/** Who is acting: users and roles, HTTP Basic for /api and form login for pages, the role guard. */
package com.aftersales.app.security;
