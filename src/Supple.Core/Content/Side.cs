namespace Supple.Core.Content;

/// <summary>The side a step works on.</summary>
public enum Side
{
    /// <summary>Not a sided step.</summary>
    None,

    /// <summary>Left side.</summary>
    Left,

    /// <summary>Right side.</summary>
    Right,
}
