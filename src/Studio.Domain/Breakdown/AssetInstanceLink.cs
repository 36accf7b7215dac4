namespace Studio.Domain.Breakdown;

/// <summary>An asset instance cast in a shot or scene (<c>asset_instance_link</c>).</summary>
public class AssetInstanceLink
{
    public Guid EntityId { get; set; }

    public Guid AssetInstanceId { get; set; }
}
