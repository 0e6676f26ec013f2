/** Service contracts (T13) as people read them: the projection and its queries. */
package com.aftersales.query.contract;
