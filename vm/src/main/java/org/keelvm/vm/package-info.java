/**
 * The runtime: today the boot path ({@link org.keelvm.vm.VM#boot}) that the boot stub enters, reads the PVH start
 * info and runs the program. Class metadata, the object model, exceptions, threads and monitors grow here.
 *
 * <p>Code in this package is compiled into the image by Keel's own compiler, so it may use only what that compiler
 * supports; until the object model exists that means static methods over primitives and word types.
 */
package org.keelvm.vm;
