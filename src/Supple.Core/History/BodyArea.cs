namespace Supple.Core.History;

/// <summary>Where the pain is felt (kebab-case names on the command line and in files, see <see cref="BodyAreas"/>).</summary>
public enum BodyArea
{
    /// <summary>Between and around the shoulder blades.</summary>
    UpperBack,

    /// <summary>The middle of the back (the thoracic spine below the shoulder blades).</summary>
    MidBack,

    /// <summary>The lower back.</summary>
    LowerBack,

    /// <summary>The neck.</summary>
    Neck,

    /// <summary>The shoulders.</summary>
    Shoulders,

    /// <summary>The chest.</summary>
    Chest,

    /// <summary>The arms.</summary>
    Arms,

    /// <summary>The head.</summary>
    Head,
}
