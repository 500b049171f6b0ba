namespace OpenGovInfo.Domain.Applications;

/// <summary>How an application (or a supplement) reached the agency; decides its receipt date (条例 第三十一条).</summary>
public enum ReceiptChannel
{
    /// <summary>当面提交: received the day it is handed in.</summary>
    InPerson,

    /// <summary>邮寄，需签收: received the day the agency signs for it.</summary>
    PostSigned,

    /// <summary>平常信函等无需签收的邮寄: received the day the agency confirms with the applicant.</summary>
    PostUnsigned,

    /// <summary>互联网渠道（数据电文）: received the day both parties confirm.</summary>
    Internet,

    /// <summary>政府信息公开工作机构的传真: received the day both parties confirm.</summary>
    Fax,

    /// <summary>口头提出（条例 第二十九条，由工作机构代为填写）: received the day it is made, as in person.</summary>
    Oral,
}
