/** The penalty register and each penalty's facts with who, role and when (P1–P3, S3). */
package com.aftersales.query.penalty;
