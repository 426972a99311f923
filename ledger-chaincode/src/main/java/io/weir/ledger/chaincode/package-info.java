/** Fabric chaincode recording customer-ownership evidence; implemented with the ledger issue. */
package io.weir.ledger.chaincode;
