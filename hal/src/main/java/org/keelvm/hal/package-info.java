/**
 * The machine as Java sees it: word types ({@link org.keelvm.hal.Address}), processor intrinsics
 * ({@link org.keelvm.hal.Cpu}), the serial consoles (standard output on COM1, standard error on COM2), the PVH start
 * info and the way out of the guest.
 *
 * <p>Everything here is compiled by Keel's own compiler into the image and runs with no operating system beneath it,
 * so it may use only what that compiler supports at its tier of the boot: static methods, primitive values and word
 * types, no allocation. Methods marked {@link org.keelvm.hal.Intrinsic} are replaced by instructions at their call
 * sites; their Java bodies run only on the host, where {@code HostedMachine} models COM1, COM2 and the debug-exit
 * port so that programs written against this package print the same on HotSpot.
 */
package org.keelvm.hal;
