using Spectre.Console.Rendering;

namespace Supple.Cli.Rendering;

/// <summary>
/// Draws <c>wide</c> when it gets at least <c>minWide</c> columns, else <c>narrow</c>: a table that would squeeze its
/// columns until values break mid-word ("rig / ht") or go blank becomes a list on a narrow terminal. The choice is
/// made at render time, from the width the renderable is given, so callers need not know the terminal.
/// </summary>
internal sealed class WidthAdaptive(int minWide, IRenderable wide, IRenderable narrow) : Renderable
{
    protected override Measurement Measure(RenderOptions options, int maxWidth) =>
        (maxWidth >= minWide ? wide : narrow).Measure(options, maxWidth);

    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth) =>
        (maxWidth >= minWide ? wide : narrow).Render(options, maxWidth);
}
