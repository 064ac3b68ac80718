namespace Supple.Core.History;

/// <summary>How a session got into the history.</summary>
public enum SessionSource
{
    /// <summary>Played with Supple's timer (terminal or browser); each stretch was written as it finished.</summary>
    Guided,

    /// <summary>Entered afterwards, e.g. a session done with a physiotherapist (<c>supple log</c>).</summary>
    Logged,

    /// <summary>The micro-routine of a desk break (<c>supple breaks</c>), played with its timer.</summary>
    DeskBreak,
}
