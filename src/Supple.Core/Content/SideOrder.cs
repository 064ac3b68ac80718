namespace Supple.Core.Content;

/// <summary>Whether a stretch is done on each side and which side comes first.</summary>
public enum SideOrder
{
    /// <summary>Both sides at once, or no side at all.</summary>
    None,

    /// <summary>Right side first, then left.</summary>
    RightThenLeft,

    /// <summary>Left side first, then right.</summary>
    LeftThenRight,
}
