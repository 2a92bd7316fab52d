package cn.gov.yongjia.shixiao.graphqlapi.dataimport;

import java.io.StringReader;

import cn.gov.yongjia.shixiao.graphqlapi.api.InvalidArgumentException;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffMember;
import cn.gov.yongjia.shixiao.schema.types.ImportFormat;
import cn.gov.yongjia.shixiao.schema.types.ImportKind;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code importRegister}: the admin mutation behind the import; the same import runs from the command line. */
@Controller
class ImportController {

    static final int MAX_CONTENT = 10 * 1024 * 1024;

    private final RegisterImport imports;
    private final StaffAccess access;

    ImportController(RegisterImport imports, StaffAccess access) {
        this.imports = imports;
        this.access = access;
    }

    @MutationMapping
    ImportReport importRegister(@Argument ImportKind kind, @Argument ImportFormat format, @Argument String sourceSystem,
                                @Argument String content) {
        StaffMember admin = access.requireCountyAdmin();
        if (content.length() > MAX_CONTENT) {
            throw new InvalidArgumentException("content", "文件超过 10 MB，请用命令行导入 / Over 10 MB: use the command-line import");
        }
        return imports.run(RegisterImport.Kind.valueOf(kind.name()), ImportRows.Format.valueOf(format.name()),
                new StringReader(content), sourceSystem, admin.username(), rows -> { });
    }
}
