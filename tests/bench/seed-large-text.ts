// Vietnamese text banks for the large data set: names, cells, places and what members say at a
// self-criticism forum, in the short, concrete register cells actually use (see UX.md).

export const FAMILY_NAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Huỳnh', 'Võ', 'Trương', 'Đinh', 'Lương', 'Mai'];
/** Weights: Nguyễn is about a third of all Vietnamese. */
export const FAMILY_WEIGHTS = [30, 11, 9, 7, 5, 4, 4, 3, 3, 3, 2, 2, 2, 1, 2, 3, 1, 1, 1, 1];
export const MIDDLE_MALE = ['Văn', 'Đức', 'Minh', 'Hữu', 'Quang', 'Thanh', 'Công', 'Xuân', 'Ngọc', 'Tiến', 'Mạnh', 'Quốc'];
export const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thanh', 'Thu', 'Minh', 'Kim', 'Hồng', 'Thúy', 'Phương'];
export const GIVEN_MALE = ['Đức', 'Tuấn', 'Lợi', 'Thọ', 'Hùng', 'Dũng', 'Cường', 'Thắng', 'Hải', 'Nam', 'Sơn', 'Bình', 'Hưng', 'Khánh', 'Long', 'Phúc', 'Quân', 'Tâm', 'Thành', 'Trung', 'Việt', 'Vinh', 'Đạt', 'Hiếu', 'An', 'Toàn', 'Nghĩa', 'Lộc'];
export const GIVEN_FEMALE = ['Ánh', 'Hằng', 'Hưởng', 'Yến', 'Hà', 'Lan', 'Hương', 'Mai', 'Ngọc', 'Nhung', 'Oanh', 'Phượng', 'Thảo', 'Trang', 'Tuyết', 'Vân', 'Xuân', 'Dung', 'Hạnh', 'Huyền', 'Loan', 'Quyên', 'Thủy', 'Liên'];

export const PLACES = [
  ['Đông Hà', 'phường Đông Hà'], ['Vị Thanh', 'phường Vị Thanh'], ['Long Xuyên', 'phường Long Xuyên'], ['Hội An', 'phường Hội An'],
  ['Quy Nhơn', 'phường Quy Nhơn'], ['Tam Kỳ', 'phường Tam Kỳ'], ['Bắc Giang', 'phường Bắc Giang'], ['Hà Giang', 'phường Hà Giang 1'],
  ['Phủ Lý', 'phường Phủ Lý'], ['Đồng Xoài', 'phường Đồng Xoài'], ['Sóc Trăng', 'phường Sóc Trăng'], ['Cao Lãnh', 'phường Cao Lãnh'],
  ['Tuy Hòa', 'phường Tuy Hòa'], ['Đức Phổ', 'phường Đức Phổ'], ['Kỳ Anh', 'phường Kỳ Anh'], ['Điện Biên Phủ', 'phường Điện Biên Phủ'],
  ['Thái Hòa', 'phường Thái Hòa'], ['Hương Thủy', 'phường Hương Thủy'], ['Bảo Lộc', 'phường Bảo Lộc'], ['Gò Công', 'phường Gò Công'],
] as const;

export const CELL_KINDS = [
  (n: number) => `Chi bộ khu phố ${n}`,
  (n: number) => `Chi bộ Trường THPT ${['Lê Lợi', 'Nguyễn Huệ', 'Trần Phú', 'Phan Bội Châu', 'Lê Quý Đôn', 'Chu Văn An'][n % 6]}`,
  (n: number) => `Chi bộ Trường Tiểu học ${['Võ Thị Sáu', 'Kim Đồng', 'Hòa Bình', 'Quang Trung'][n % 4]}`,
  () => 'Chi bộ Văn phòng',
  () => 'Chi bộ Trạm Y tế',
  () => 'Chi bộ Công an phường',
  () => 'Chi bộ Quân sự',
  () => 'Chi bộ Văn hóa – Xã hội',
  () => 'Chi bộ Kinh tế – Hạ tầng',
  (n: number) => `Chi bộ tổ dân phố ${n}`,
];

export const POSITIONS = ['Chuyên viên', 'Chuyên viên chính', 'Kế toán', 'Văn thư', 'Giáo viên', 'Tổ trưởng chuyên môn', 'Trưởng khu phố', 'Cán bộ hưu trí', 'Nhân viên y tế', 'Cán bộ hợp đồng', 'Phó trưởng phòng', 'Trưởng ban công tác mặt trận'];

export const ABSENT_REASONS = ['Đi công tác theo sự phân công của cơ quan', 'Ốm, có giấy xin phép', 'Đi tập huấn nghiệp vụ tại Sở Nội vụ', 'Việc gia đình, đã báo cáo bí thư', 'Trực cơ quan'];

/** Statements for an indicator the member says applies (có nguy cơ / có biểu hiện), by group. */
export const STATEMENTS: Record<'I' | 'II' | 'III', string[]> = {
  I: [
    'Việc tự học nghị quyết chưa đều, có buổi sinh hoạt còn đến muộn.',
    'Có lúc chưa nghiên cứu kỹ văn bản trước khi sinh hoạt, phát biểu còn chung chung.',
    'Đọc tin trên mạng xã hội đôi khi chưa chọn lọc, chưa kịp thời phản bác thông tin sai trái.',
    'Có lúc ngại va chạm, góp ý cho đồng chí trong tổ chưa thẳng thắn.',
    'Trong phê bình đôi lúc còn nể nang với cán bộ lâu năm, chưa chỉ rõ khuyết điểm.',
    'Việc thực hiện nguyên tắc tập trung dân chủ ở tổ chuyên môn có lúc còn hình thức.',
    'Tham gia ý kiến xây dựng chi bộ chưa nhiều, còn tâm lý ngại phát biểu.',
    'Có lúc chấp hành phân công của tổ chức chưa kịp thời vì vướng việc riêng.',
    'Nghiên cứu lý luận chính trị chưa thường xuyên, chủ yếu đọc khi có yêu cầu.',
  ],
  II: [
    'Do công việc sự vụ nhiều nên ít xuống làm việc trực tiếp với các bộ phận.',
    'Còn để một số hồ sơ chậm xử lý so với quy định.',
    'Sử dụng thời gian làm việc có lúc chưa hiệu quả, còn làm việc riêng trong giờ hành chính.',
    'Có lúc thiếu gương mẫu về giờ giấc, đến họp giao ban muộn.',
    'Giải quyết thủ tục cho người dân có lúc còn chậm, hướng dẫn chưa tận tình.',
    'Tinh thần trách nhiệm với công việc chung có lúc chưa cao, còn đùn đẩy việc khó.',
    'Chưa quan tâm đúng mức đến việc tiết kiệm văn phòng phẩm, điện nước ở cơ quan.',
    'Có lúc còn dùng Zalo cá nhân để trao đổi việc cơ quan, chưa đúng quy chế.',
    'Quan hệ với nhân dân nơi cư trú chưa gần gũi, ít tham gia sinh hoạt tổ dân phố.',
  ],
  III: [
    'Có lúc chưa kịp thời báo cáo chi ủy những việc phát sinh ở bộ phận.',
    'Chưa chủ động đấu tranh với những quan điểm lệch lạc trên không gian mạng.',
    'Còn chia sẻ bài viết trên Facebook khi chưa kiểm chứng nguồn tin.',
    'Có lúc phát ngôn trong nhóm chat cơ quan chưa thận trọng.',
  ],
};

/** What members write when the indicator does not apply, for the few who write anything. */
export const NONE_STATEMENTS = [
  'Bản thân luôn sử dụng thời gian làm việc hiệu quả.',
  'Bản thân không có biểu hiện này, luôn giữ vững lập trường tư tưởng.',
  'Không có biểu hiện; sẽ tiếp tục tu dưỡng, rèn luyện.',
  'Luôn chấp hành nghiêm sự phân công của tổ chức.',
  'Bản thân giữ gìn đạo đức, lối sống giản dị, gần gũi quần chúng.',
];

export const COMMITMENTS = [
  'Góp ý trực tiếp, cụ thể trong các buổi sinh hoạt chi bộ.',
  'Chuẩn bị ý kiến góp ý bằng văn bản trước mỗi kỳ sinh hoạt.',
  'Mỗi tháng làm việc trực tiếp với ít nhất hai bộ phận.',
  'Rà soát, giải quyết dứt điểm hồ sơ tồn đọng.',
  'Bố trí thời gian tự học nghị quyết mỗi tuần ít nhất hai buổi.',
  'Đến họp đúng giờ, nếu vắng phải báo cáo trước.',
  'Chỉ dùng hộp thư công vụ để trao đổi công việc cơ quan.',
  'Kiểm chứng nguồn tin trước khi chia sẻ, không bình luận thiếu căn cứ.',
  'Tham gia đầy đủ sinh hoạt tổ dân phố nơi cư trú.',
  'Hướng dẫn thủ tục cho người dân một lần, đầy đủ, đúng hẹn.',
  'Báo cáo chi ủy định kỳ hằng tháng về công việc được giao.',
  'Tiết kiệm điện, nước, văn phòng phẩm; tắt thiết bị khi ra về.',
];

export const COMMENTS = [
  (name: string) => `Đồng chí ${name} cần dành thời gian làm việc trực tiếp với bộ phận Một cửa, nơi có nhiều phản ánh của người dân.`,
  (name: string) => `Đồng chí ${name} có lúc chưa gương mẫu về giờ giấc họp giao ban.`,
  (name: string) => `Đồng chí ${name} cần mạnh dạn hơn trong tham mưu, đề xuất.`,
  (name: string) => `Hồ sơ do đồng chí ${name} phụ trách có việc chậm hơn hai tuần so với quy định.`,
  (name: string) => `Đề nghị đồng chí ${name} góp ý thẳng thắn hơn, tránh nể nang trong sinh hoạt.`,
  (name: string) => `Đồng chí ${name} cần quan tâm hơn đến đồng nghiệp trẻ, kèm cặp chuyên môn.`,
  (name: string) => `Đồng chí ${name} đôi khi chia sẻ thông tin chưa kiểm chứng lên nhóm Zalo của khu phố.`,
  (name: string) => `Đồng chí ${name} cần tham gia sinh hoạt nơi cư trú thường xuyên hơn.`,
  (name: string) => `Tôi thấy đồng chí ${name} tiếp dân còn nóng nảy, cần ôn tồn hơn.`,
  (name: string) => `Đồng chí ${name} cần nghiên cứu kỹ văn bản trước khi phát biểu trong sinh hoạt chi bộ.`,
];
export const COMMENTS_TO_CHI_UY = [
  'Đề nghị chi ủy quan tâm hơn đến việc bồi dưỡng lý luận cho đảng viên trẻ.',
  'Chi ủy cần phân công nhiệm vụ cụ thể hơn, tránh chồng chéo giữa các tổ.',
  'Đề nghị chi ủy đổi mới nội dung sinh hoạt, bớt đọc văn bản, tăng thảo luận.',
  'Chi ủy nên theo dõi, đôn đốc việc thực hiện cam kết sau mỗi kỳ sinh hoạt.',
];
export const RESPONSES_TIEP_THU = [
  'Tôi xin tiếp thu và khắc phục ngay.',
  'Xin tiếp thu, từ tháng sau sẽ thực hiện nghiêm túc.',
  'Em xin tiếp thu.',
  'Tôi tiếp thu ý kiến của các đồng chí, sẽ đưa vào cam kết khắc phục.',
  'Chi ủy tiếp thu, sẽ đưa vào kế hoạch sinh hoạt quý tới.',
];
export const RESPONSES_GIAI_TRINH = [
  'Một số hồ sơ chậm do chờ ý kiến của cơ quan chuyên môn cấp trên; tuy vậy tôi sẽ theo dõi sát hơn.',
  'Hôm đó tôi được cơ quan cử đi công tác đột xuất, đã báo cáo đồng chí bí thư.',
  'Việc này do quy trình phối hợp giữa hai bộ phận, tôi sẽ đề xuất điều chỉnh.',
];

export const FRAMINGS = [
  'Thực hiện kế hoạch của Ban Thường vụ Đảng ủy, chi bộ tổ chức sinh hoạt chuyên đề tự soi, tự sửa. Đề nghị mỗi đồng chí thẳng thắn đối chiếu bản thân, nêu rõ biểu hiện, nguyên nhân và cam kết khắc phục có thời hạn; góp ý cho nhau trên tinh thần xây dựng, không nể nang, né tránh.',
  'Chi bộ sinh hoạt chuyên đề theo hướng dẫn của Đảng ủy, tập trung vào các biểu hiện đã chọn. Mỗi đồng chí tự soi ngắn gọn, cụ thể, gắn với nhiệm vụ được giao; sau đó chi bộ góp ý và thống nhất cam kết.',
  'Quán triệt tinh thần Kết luận số 21-KL/TW, chi bộ đề nghị các đồng chí tự soi nghiêm túc, chỉ rõ hạn chế và nguyên nhân chủ quan; góp ý chân thành, có lý có tình.',
];
export const GUEST_REMARKS = [
  'Đồng chí đại biểu cấp trên ghi nhận chi bộ chuẩn bị chu đáo, không khí cởi mở. Đề nghị chi bộ cụ thể hóa các cam kết thành kế hoạch khắc phục có người chịu trách nhiệm và thời hạn.',
  'Đồng chí đại biểu đánh giá buổi sinh hoạt thực chất, đề nghị chi bộ chú trọng khắc phục tình trạng nể nang trong phê bình.',
  'Đại biểu Đảng ủy đề nghị chi bộ tăng cường kiểm tra, giám sát việc thực hiện cam kết của đảng viên.',
];
export const COLLECTIVE_REVIEWS = [
  'Tập thể chi bộ cơ bản giữ được phẩm chất đạo đức, lối sống; không có đảng viên vi phạm phải xử lý kỷ luật. Tuy nhiên việc sử dụng thời gian làm việc ở một số bộ phận chưa hiệu quả.',
  'Chi bộ duy trì nền nếp sinh hoạt; tuy vậy chất lượng sinh hoạt có lúc chưa cao, tự phê bình và phê bình còn nể nang.',
  'Đảng viên trong chi bộ chấp hành tốt chủ trương của Đảng; một số đồng chí chưa tích cực nghiên cứu nghị quyết.',
];
export const CONCLUSIONS = [
  'Buổi sinh hoạt diễn ra nghiêm túc, đúng hướng dẫn. Tập thể chi bộ thống nhất khắc phục tình trạng hồ sơ tồn đọng và cải tiến cách tổ chức họp giao ban cho ngắn gọn, thực chất.',
  'Buổi sinh hoạt đạt yêu cầu đề ra; các đồng chí tự soi nghiêm túc, góp ý thẳng thắn. Chi bộ thống nhất các cam kết và giao chi ủy theo dõi việc thực hiện.',
  'Chi bộ đánh giá cao tinh thần cầu thị của các đồng chí. Đề nghị mỗi đồng chí thực hiện đúng cam kết, báo cáo kết quả tại kỳ sinh hoạt sau.',
];
export const PROGRESS_NOTES = [
  'Đã thực hiện theo cam kết, chi ủy kiểm tra xác nhận.',
  'Đang thực hiện, đã giải quyết được một phần.',
  'Đã khắc phục cơ bản, tiếp tục theo dõi.',
  'Chưa thực hiện được do thay đổi nhân sự, đề nghị gia hạn.',
  'Hoàn thành trước thời hạn.',
];
export const TOPIC_QUARTERS = ['I', 'II', 'III', 'IV'];
