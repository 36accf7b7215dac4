using Studio.Domain.Comments;

namespace Studio.Domain.Crud.Collections;

/// <summary>
/// <c>/data/attachment-files</c>: admin lists and writes; a comment's attachment is read by whoever may read the
/// comment whole (a client not those of the studio's internal comments, a vendor only on the tasks it may read);
/// others (chat attachments) by the members of their project.
/// </summary>
public sealed class AttachmentFilesCollection : RuleCollection<AttachmentFile>
{
    public AttachmentFilesCollection()
        : base("attachment-files")
    {
        Read = Who.ProjectMember;
        Projects = ProjectRowsOf.AttachmentComment();
    }

    public override async Task CheckReadAsync(CrudContext context, AttachmentFile row, CancellationToken cancellationToken)
    {
        if (context.Actor.IsAdmin || row.CommentId is null)
        {
            await base.CheckReadAsync(context, row, cancellationToken);
            return;
        }

        await CommentVisibility.EnsureAttachmentReadableAsync(context.Db, context.Actor, row, cancellationToken);
    }
}
