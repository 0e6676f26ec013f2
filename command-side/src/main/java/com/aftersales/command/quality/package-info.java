/** Quality reviews of repeat repairs (质量评审, R13, S2): opened by the system, decided by QUALITY. */
package com.aftersales.command.quality;
