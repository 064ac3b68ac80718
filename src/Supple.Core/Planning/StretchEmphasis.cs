namespace Supple.Core.Planning;

/// <summary>How much weight a plan gives a stretch.</summary>
public enum StretchEmphasis
{
    /// <summary>Chosen for one or more of the person's causes; played first within its position.</summary>
    Focus,

    /// <summary>Part of the daily programme, not aimed at a cause the person gave.</summary>
    Supporting,
}
