package cn.xuchang.hrss.subsidy.review;

import java.util.List;

/**
 * What a reviewer group's filter asks for, in the one shape {@link GroupTaskPages} answers itself: the tasks with the
 * group as candidate, claimed ones too or not, optionally of some task keys and process keys, by due date.
 *
 * @param taskKeys null: any task key
 * @param processKeys null: any process
 */
record GroupTaskList(
        String group, boolean includeAssigned, boolean activeOnly, List<String> taskKeys, List<String> processKeys) {

    /** Whether the list leaves out some of the group's tasks (claimed or suspended ones, other keys). */
    public boolean isNarrowed() {
        return !includeAssigned || activeOnly || taskKeys != null || processKeys != null;
    }
}
