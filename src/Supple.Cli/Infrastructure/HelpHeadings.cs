using Supple.Cli.Resources;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// The heading above a command's description in <c>--help</c>, in the run's language. System.CommandLine 2.0 writes
/// its help's headings from its own resources, whose German and French (and every language Supple adds, such as the
/// pseudo-locale) leave this one English ("Description:"), and it offers no public way to change a section
/// (<c>HelpBuilder</c> is internal in 2.0.15). So the host takes the help's text and puts Supple's heading in place
/// of its first line, which is always that heading; the other headings ("Usage:", "Options:") stay System.CommandLine's.
/// </summary>
internal static class HelpHeadings
{
    /// <summary><paramref name="help"/> with its first line (the description's heading) in the run's language.</summary>
    public static string WithDescriptionHeading(string help)
    {
        ArgumentNullException.ThrowIfNull(help);
        var end = help.IndexOf('\n', StringComparison.Ordinal);
        if (end <= 0 || char.IsWhiteSpace(help[0]))
        {
            // No heading line (a hidden command writes nothing): leave the text as it is.
            return help;
        }

        if (help[end - 1] == '\r')
        {
            end--;
        }

        return CliText.Localizer[CliText.HelpDescriptionHeading] + help[end..];
    }
}
