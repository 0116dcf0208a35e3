// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QHeaderView;

namespace cutover::views {

/**
 * Widens every visible section of `header` that is narrower than its title needs, so no
 * title is clipped in any language ("Wahrscheinlich", "Maintenu pendant"). The width comes
 * from the style, for the title in bold (as QHeaderView measures it: a highlighted section
 * is drawn bold) with the sort indicator when shown. Sections are only widened, never made
 * narrower; Stretch and ResizeToContents sections are left to their mode. Call it after the
 * columns got their widths (defaults or restored settings) and when the header texts change.
 */
void fitHeaderTitles(QHeaderView *header);

/** The width section `logical` of `header` needs to show its title unclipped. */
int headerTitleWidth(const QHeaderView *header, int logical);

} // namespace cutover::views
