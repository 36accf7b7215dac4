using Studio.Domain.Projects;

namespace Studio.Domain.Crud.Collections;

/// <summary><c>/data/custom-actions</c>: every non-vendor lists and reads them; the admin writes.</summary>
public sealed class CustomActionsCollection : RuleCollection<CustomAction>
{
    public CustomActionsCollection()
        : base("custom-actions")
    {
        // ZOU: Zou lets only the admin read one by id while every non-vendor lists them (Kitsu needs the list):
        // the single route follows the list, so that `?id=X` and `/X` agree.
        List = Who.NoVendor;
        Read = Who.NoVendor;
    }
}
