/** Service contracts (T13) over HTTP, and the Spring beans of the contract's lookups and read model. */
package com.aftersales.app.contract;
