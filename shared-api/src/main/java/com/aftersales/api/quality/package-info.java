/** Quality reviews of repeat repairs (质量评审), RULES R13 and S2: commands, events, queries and views. */
package com.aftersales.api.quality;
