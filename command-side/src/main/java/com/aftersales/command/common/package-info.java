/** What every aggregate of the command side shares: how a refusal names its rule. */
package com.aftersales.command.common;
