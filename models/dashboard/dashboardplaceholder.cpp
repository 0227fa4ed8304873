// SPDX-License-Identifier: GPL-3.0-or-later
// Replaced by the folder's sources.
