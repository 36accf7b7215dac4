using Studio.Domain.Common;
using Studio.Domain.Projects;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/metadata-descriptors</c>: no vendors; a team member lists the descriptors of their open projects and reads
/// one of their projects'; the admin writes; <c>data_type</c> must be one of Zou's types.
/// </summary>
public sealed class MetadataDescriptorsCollection : RuleCollection<MetadataDescriptor>
{
    public MetadataDescriptorsCollection()
        : base("metadata-descriptors")
    {
        // ZOU: Zou lets only the admin read one by id while the list is open to the team; the single route
        // follows the list here, so that `?id=X` and `/X` agree without hiding from Kitsu what its lists need.
        List = Who.NoVendor;
        Read = Who.ProjectMemberNoVendor;
        Projects = ProjectRowsOf.ByColumn<MetadataDescriptor>(m => m.ProjectId);
    }

    public override Task BeforeCreateAsync(CrudContext context, MetadataDescriptor row, CrudChanges<MetadataDescriptor> changes, CancellationToken cancellationToken) => EnsureDataType(row);

    public override Task BeforeUpdateAsync(CrudContext context, MetadataDescriptor row, CrudChanges<MetadataDescriptor> changes, CancellationToken cancellationToken) =>
        changes.Contains("data_type") ? EnsureDataType(row) : Task.CompletedTask;

    private static Task EnsureDataType(MetadataDescriptor row) =>
        row.DataType is null || ZouChoices.MetadataDataTypes.Contains(row.DataType) ? Task.CompletedTask : throw new WrongParameterException("Invalid data_type");
}
