/** The organisation chart (T8): who is whose superior, so a difficult case can go one level up. */
package com.aftersales.api.organisation;
